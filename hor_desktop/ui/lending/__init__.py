"""The lending desk: check-out (F2), return (F3), due and overdue loans, free items, transfers."""

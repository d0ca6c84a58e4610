"""The Raumkalender tab: room bookings and series."""

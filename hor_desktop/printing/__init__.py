"""Documents rendered with reportlab: lending slip, return record, booking confirmation, labels."""

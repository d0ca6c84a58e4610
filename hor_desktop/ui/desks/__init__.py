"""The Coworking tab: desk bookings and check-in."""

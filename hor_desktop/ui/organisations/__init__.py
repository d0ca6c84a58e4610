"""The Organisationen tab: organisations, their contacts and blocks."""

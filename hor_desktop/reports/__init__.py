"""Statistics for the funders' yearly report and the desk's "Heute" overview (Qt-free)."""

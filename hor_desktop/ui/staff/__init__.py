"""Who is at the desk: sign-in, quick switch, automatic lock, the „Verwaltung“ menu."""

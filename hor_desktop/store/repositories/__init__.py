"""Read queries that many use cases share, named like questions (get_by_…, list_…, count_…)."""

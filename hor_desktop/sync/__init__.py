"""Replica sync with the shared PostgreSQL (ARCHITECTURE §4); Qt-free, imported only when needed."""

"""The reference core system's demo data: residents.csv and reservations.csv (docs/core-link.md layouts)."""

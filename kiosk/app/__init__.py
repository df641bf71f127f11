"""The application layer: composition root, ports, the session draft, wizard logic, printing."""

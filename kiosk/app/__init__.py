"""The application layer: the composition root, its ports, and the services that orchestrate a visit."""

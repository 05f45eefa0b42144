"""One module per DVC stage; each exposes run(...) -> stats dict and main() for dvc.yaml."""

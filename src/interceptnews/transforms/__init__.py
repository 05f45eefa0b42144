"""Pure per-article functions: no I/O, no globals, deterministic."""

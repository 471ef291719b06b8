"""Pure-Python domain of the inspector app: data, validation, canonical JSON and legal rules (stdlib only)."""

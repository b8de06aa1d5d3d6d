"""Text-level stages: normalisation and section detection."""

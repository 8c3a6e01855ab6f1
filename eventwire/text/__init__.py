"""Language-neutral text handling: casing, tokens with offsets, sentences."""

"""Test-support code: the round-trip typesetter and its scorer (not part of the generator)."""

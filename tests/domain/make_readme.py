"""Regenerate ``tests/domain/README.md`` from the case files."""

from __future__ import annotations

from corpus import README, all_cases, readme_text

if __name__ == "__main__":
    README.write_text(readme_text(all_cases()), encoding="utf-8")

"""Fixtures of the pre-application code tests: a key pair and a signed code."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from prefill_support import CATALOG_VERSION, ISSUED, household

from kiosk.prefill import make_code


@pytest.fixture(scope="module")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def code_text(signing_key: Ed25519PrivateKey) -> str:
    return make_code(household(4), key=signing_key, town="試験町",
                     catalog_version=CATALOG_VERSION, language="ja", issued=ISSUED,
                     valid_days=14)

import pytest

from reviewgen.redact import Redactor, load_policy


@pytest.fixture(scope="session")
def policy():
    return load_policy(None)


@pytest.fixture()
def redactor(policy):
    # The spaCy model is cached per process, so a fresh redactor per test is cheap.
    return Redactor(policy)

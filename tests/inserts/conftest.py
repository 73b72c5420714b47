import pytest


@pytest.fixture
def nordvik(db):
    from .factories import brand_with_skus

    return brand_with_skus()

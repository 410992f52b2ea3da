"""perfhint.models: the regression language model, its data and measurement harness.

Importing this package is cheap (no torch); see `perfhint.models.rlm` for the model.
"""

from perfhint.models.core import Example, Measurement, Prediction, Quantiles, Query

__all__ = ["Example", "Measurement", "Prediction", "Quantiles", "Query"]

"""perfhint.models.kernelbench"""

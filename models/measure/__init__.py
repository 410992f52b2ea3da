"""perfhint.models.measure"""

"""perfhint.models.data"""

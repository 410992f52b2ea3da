"""perfhint.models.nas"""

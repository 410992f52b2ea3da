"""perfhint.models.triton"""

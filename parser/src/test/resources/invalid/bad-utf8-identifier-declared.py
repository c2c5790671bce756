# -*- coding: utf-8 -*-
x = (Ðkoi8_r, "ÐŸÐ¾ ±")

# -*- co-*- coding coding: utf-*-
€ = 2

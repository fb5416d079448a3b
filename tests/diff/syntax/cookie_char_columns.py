# coding: utf-8
x = 'é'; 'é' = 2

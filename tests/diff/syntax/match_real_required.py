match x:
 case 2j+3j: pass

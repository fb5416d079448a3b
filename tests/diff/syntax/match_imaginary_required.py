match x:
 case 2+3: pass

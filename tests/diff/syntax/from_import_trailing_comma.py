from x import (a, b,)
from x import a, b,

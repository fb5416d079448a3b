try: pass
except x, y as e: pass

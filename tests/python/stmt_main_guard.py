# if __name__ == '__main__', __file__, module globals
def main():
    print('main running', __name__)
    return 0
print(sorted(k for k in globals() if k.startswith('__') and k != '__builtins__'))
print(__file__)
print(__doc__)
if __name__ == '__main__':
    main()
else:
    print('imported')

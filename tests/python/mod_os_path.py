# os.path: the string operations of posixpath
import os
import os.path
from os import path
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/a', '/b'), os.path.join('a/', 'b'), os.path.join('', 'x'))
print(os.path.basename('/x/y.py'), os.path.basename('/x/'), os.path.dirname('/a/b/c'), os.path.dirname('file'))
print(os.path.splitext('a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'), os.path.split('/a/b'), os.path.split('b'))
print(os.path.normpath('a//b/../c/.'), os.path.normpath('/../x'), os.path.normpath(''), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']), os.path.relpath('/a/b/c', '/a/x'))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', path is os.path, os.path.splitdrive('/x'))

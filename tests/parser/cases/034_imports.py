import os
import os.path
import os.path as p
import a, b.c, d as e
from os import path
from os import path as p, sep
from os import (path,
                sep as s,)
from . import sibling
from .. import parent
from .module import name
from ...deep.module import x
from .... import y
from asyncio import *
import asyncio, time, random

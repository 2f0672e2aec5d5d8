// Post-quantum KeyObjects (OpenSSL 3.5 in Node 24): ML-DSA-44 and ML-KEM-512
// keys read from their seed-only and expanded-only PKCS#8 forms and written
// back (seed and expanded), the AKP JWK of ML-DSA, SLH-DSA keys, sign/verify
// with and without a context against signatures Node made, decapsulation of
// a ciphertext Node made, key generation, and the errors. Randomized outputs
// (signatures, ciphertexts, generated keys) are checked by round trip and
// length only.
const crypto = require('crypto');
const show = (label, fn) => {
  try {
    const value = fn();
    console.log(label, Buffer.isBuffer(value) ? `Buffer ${value.length} ${digest(value)}` : value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
const digest = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 24);
const sequence = (n, step) => Buffer.from(Array.from({ length: n }, (_, i) => (i * step + 7) & 255));
const oids = {
  'ml-dsa-44': '608648016503040311', 'ml-kem-512': '608648016503040401',
  'slh-dsa-sha2-128s': '608648016503040314', 'slh-dsa-sha2-128f': '608648016503040315',
};
const tlv = (tag, body) => {
  const len = body.length;
  const head = len < 128 ? [len] : len < 256 ? [0x81, len] : [0x82, len >> 8, len & 255];
  return Buffer.concat([Buffer.from([tag, ...head]), body]);
};
// A PrivateKeyInfo around the given privateKey octets.
const pkcs8 = (type, octets) => tlv(0x30, Buffer.concat([
  Buffer.from('020100', 'hex'), tlv(0x30, tlv(0x06, Buffer.from(oids[type], 'hex'))), tlv(0x04, octets),
]));
const fromDer = (der) => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
const vectors = {
  dsaSignature:
    'P5G5vY1BJlqt3+oVg3DRYpNkZHB+dPvCzlCkGN0Tbv/SASfYrXbQEgQgRIs54HW86B9TeKrT1jW57vGUnzhOVCp0hCxbJtMhwbBU'
    + 'aJGKmUdD6uM9OtkHvLOLHWcBBcyALTEuh7b6UtDBxF+6t4KK5C6DnjAOVYNvYyW/B7wgNoeSJvjB0dku2rgJdbehC4QgffKj+jVt'
    + 'WsT7opefS7scGy9rRfKxFrwbAdR3oIQB76/98uurZi5y3gUyNQ1I5uRxbVn/7Fypr5a0uMwBmPVv6skUdClMO2goyNmGwzLbA/Cg'
    + '73G1rnceltqbFN9CUvZgldYY9wmb2i6PZJnsuvBB2Qo2yrbInx6rhrY0K7M+uZ+OkRDbx2d+jkSiAxRaqVX5MIRhdYMbMECkz2Tw'
    + 'HQE02dpYC2XdlH/X5L6zI8RTNacatfhH8/hyTOXU4q3+SmsS6kKy3TzR9C687cwrQ4Y3n8M3I0PQe8DAosvcykSow+OgaZsJ4K0a'
    + 'iJckauf6imwo9WnFzmvq67Gq/k5X6dPk/O32UAnAp+TIVyT68xnLFZyLfEjqExQuT9Pt0lu66foYiL0wqEG9c4/JMonLwZxBYttX'
    + 'V7VW04E5+8A0PvlvG3Kv2W6Abl1Vb8zfjQVPpXdieQaA+s6hSP4d3EiyPYbmdTeUqO0YJMBJw3TK/AyhSbbmWHEfdmy5eZswYcL8'
    + 'Cnqr32r6zs8ArDwSEc462D4hvjS+F8Q4MzxYM5OzvoNznrLJ/mfvgg0XhJupAjocTe2amY03wOrbVFzO49t+59vN5xvsZjahkWKl'
    + 'Lv4K+0VZQ3zPW4XgCPi4sQkXsvgquZwS+l2HFok/vR/0gf2oi95vP6SUiOmrm+B2PrSIm8ySHyx83yzG/TLMH0b5gVOk+MgiMja9'
    + 'q4rhIvAx9D5e4LoPUdYWXsiOP+y7pMc050vPiAT2zczIyXLMtD9Ej3koUKokZbAHZxMg8TPolz2i1TLxwPRIrC3GSdQGXuf41BLh'
    + 'oYr+u7zAAFf8o6XBJ70nv3xmvVD5kwkrM/UzbokPOJt8slKzfeUcBD7vseUeRaiK3dbL1R3rDl6vAU9HzmOINhsXDGEmE6uhOZPc'
    + '/8Fxz2tVD1I5BVcozcQSDwIZ9TyGb55t3aXsKCqU0fzjHOJxSflMRUp+dNJOpaoW29uXbwauCGrBd1F8lcTIvuxa5iyCDDsg5r+e'
    + '87slEjrNIhUPLrtFYiLOjW+dMTQPgYFAVzdLyyn8w8Tec7H8tY7muzgO1ci2rkPoE7A6A9aJgNX4kbVt6VfWek2IenvrXHhnI4fF'
    + 'ibMzxft6yg0kBmpe/Pyey+7P0DFcJSiCk+pv+5Y301vCIlQEFrVweXdxL5eozGVl3mjGmjcCwPONCfPU98mlm2zIRirsBE8LmSrj'
    + 'SBuNAmDo+A01bXbYLCfO8liIrs/GAFoe7FMvOylE7yuHHgwEhyCH/OeNR/esW3U0wYqozphelUzulN7oqYGQE88L2MWI8wTthdaD'
    + 'jz6knL4djFu03F/2CNPYD6g4HT0lnQrSO+5lPkjzZxNayjwNhUYXsbjUskElMEgzHVaaUhz81/sbewqjkmIOHmjxpvz0tTkuHFaz'
    + 'fcvoPe1X/Y2bkqn7qD1SVbTeAUo6m6HptIagXVwpYdnFxWXQZR5X1smfCabLouS6mlEcsHHWGgH5QoiNLs9ab9wrib8cXJXRnS65'
    + 'EZYW6mEHlFCl6oNV2+iX2BDvbBdnA3vt+zybRsPjr5vDXn8tzxZdX7OguG8uPSvVJ3/NbOrDxf0Ym6aAE1ixN/iUtY87fo0yZ0Nu'
    + 'zGalJ5G0gtUO5PslZTKPKGfOS5y0n67i7aNFDfCZi1WtKX/MAJoquQt5L3NSMoc6n0m6kyVp7camn2IKmtgXGU1aCgNRp9Wi/jSJ'
    + 'Xg1foZpSyhE8DU8A5690W44XeLEeoxOmWV/AWcHzE73iMG7aqf5+HLnNGEB3ejgTqS6Dv3kL8Z1rYAp/5096/BQpgvqOqApiPWkB'
    + 'C0Vi+YCkRQ1cN+r8J3iPiPtSOEoM9rYzeGsJY7oTXtRpoU7LAr7j7OKtwB9I4R/OBtd0ViSQwsR8h4DJ+FNY9RkghehQUQ9h3UYn'
    + 'QLZvDsylJ3ZFjD9W5c62eFAfd8jsiOCFNxzflT+EgfyK2rfEtvaI6ERz/+Xaih6s+OB16DsBDZt4CB0MYuEsjzeJuDFahKVczyp1'
    + '0J58s2R+4/fw1LYfskGfbCFV9KvZ56sZb2RGSqQIZvSXic5ncSnUJEx6CtboQuNYPXDxyKtFjZUYI+OEM5wNU6wfMJ6br7+WUUbv'
    + 'c9Qz5QDtCBp89p6wCZi4YUR7GGLCeHsCqu+EOZTdK2PBu2UOBgygli42gJkQgqwBLOyxUsudbkbCHgf7lk+9TWszHMdQS4idUDGO'
    + 'mmu3nsih8N/s4r+/H5AFJ6Q4bjOJkQihL/XGTv8B32/WWutCNWgPNrJuhlfONEVbzxTCT5hUmo+Waw9/+nTyIZJPM4gZHsVu1STX'
    + 'LrAA73VHSJX16pnP/0B94O34PvZwqZ/btV5eWzRAsMXppMID+p/+k92m4xgZ1nnBtG2kLd/pXLytCwoQm+mEU6O1fknI7PKG3cl7'
    + 'aS0ie2NB9JXQ0szFWso8mzJcW0WPdUgzh3XxHilqmb0PrdfQ6LHgS5DILhZs1INR+B+CT5/7unA/Ehs3+vebi7gnORlw27YgsBfF'
    + 'XrRRMb/wDJpuco38oQWBO9TB4/OYyGMXFdRSijlm6k72ewwZ2rS6npR1id4QtUrr1RhCx7IRX9BQkVWcOXCZltby4ostWK39h1UY'
    + '4+mdRJWwDLhImTeECT5potUEEV7L1Vpbkyli2Mow/TTCgDOPaO1nTlEjI/yx6bt5asFX3P75oT9qDcPI4l/N7GMs0UgN6EGQsOAp'
    + 'odMdqJL02P+msU6d8WN7v30Ul4XoTDk4+PZvunqKlnMaTamNU6dq5XDtle6iQetiC0lBsWXfpszaQsIXcwZtEVpBNOdTy1ey/Ljd'
    + 'fjvbSHfqy2/b163OoM1gvPC5SacabxMyg+TMJhYxLCzuIROVahef4XCnQhjJdxzVOTvWKxxR73QjPD1G836X8rPujhGJeUrQk1P8'
    + 'JH26lpdJQvMTnYcIDhQmOUNXan2AlsnK7O8ENEpSZm54f4iO3uLo8QEHHSctMTM/UFFUeYSHlqe0xcjMBz9TVlxla3ao09/p7O4A'
    + 'AAAAAAAAAAAAAAAAAAAAAA8dMT8=',
  dsaCtxSignature:
    'oMg02RAGsaNQcekt+x21lI5Tviqqun/AVOLT0GL5tsKRi8ujhhyMDCPC56c/M+s4X0rZ+zHeJMSwTMGBNK2t6oPNC0ytbQJLppHz'
    + 'jXFd78ygbci5lwrk4fsK+LHCIUzD5F5ZzDgukLrLxcOtcyIUzlMmWKS9Hrd+i1s+TLfKNpCoue7WdiSjU2YK06AXmK8vVqMNl3xS'
    + 'MEYc7NhwAyqCBGtKyfJ2iTEqiddbsuiPp2wYjVCXFC5DOD9SW87sEcX1NSyYwCPEuILyw0XFpeF0yW15Bw04rUIMIVO1M4X4q5eu'
    + 'H28DDTTa5SHQCk78DEkyzwCIodvg/XVeKLHEORDVRhVvdf2Id3saIH6hBrhkYKJwnUWI5HoriBo0iQ9+9hOnerBoj2bSVvW2F5Uk'
    + 'zUBLVDXDi7L+k5Qyz9PMAr6/SECjwugIjgpn3hw0ORB5dKWcmQWas4IFr0/n55apWWzX/ji2M43rAIoouf7v7gp6eRWqGRgym2Dp'
    + 'snxEPmjcg6bpuESXOwuSMwqt5F2SQRFhd7HvFD1PnhhMTNwae+RIllyucp8sgrChw6xw1n05i4ED9+VblceIKXI7TmobunIAxQI+'
    + 'NKA8s5Q4ZJ53LNiLXdT4k0d6xAC64KcvyQ1bUCvzFHHiAB+q0qQLjiqVk3Lyc8AlYlf6G2zpmAv0EQV//ICVDAsfqttF241PVQax'
    + 'nRWgtJ6aAWSW6n8FqC8QhI8Ptg8xmEE3lgaQ5uVCt3MdaVantEt13MkphIy0gADaLuU1N+aeY85eaLUKvVelDBqhnNnfuELBl2m3'
    + '+gyc2rk4R2k1tWJG7owiOyz64aGFHeh+H3/VUfR0LCvHUpGyaX/godaYz2Zu4RemyqY5WA2zkb/6PwWU4jJALOQ4IUi0KfyPl8+Y'
    + 'lWv2H/anjBOHLoRAT3lzypFzrKu4Lm/6sxKrVRn0XskKd3V3jmMlnb36uH51k3GfBuQy0BbqGg1RBAWSfuo46sVZs+ERwz+XsmIP'
    + 'nwKWxb8EfhQTVyirST4SCfBrseybQvnBwTia/mofYLToSF8wi9YfUv8OpU1ELqayNQiwQHGroE9kvWpY9KlMJDsGmMxyLDOor8KI'
    + 'B1TtIuQwwr/nbvKS67OVp7romQdEXJRS0GZI39aNXNVFvV8//20/jer6ATvzgvvbmpM6WUpsGbc7CzoO/YVd4Vtqbtc+NMwYe9RZ'
    + 'ZCyPJ4zRdbnntkAl0cBD/GlYqCTO2RLsiX3NGkTRUknQNbElvMn8M2hpCo6HE1FRFg3Fd0zEHiKJqcrPbSWVLHFJK9Wxs2zIQTdv'
    + 'Pi+t7y64ahgf+zMDfrOTWI/FzkMk6gQS0TP4cTHFlDdTCvOZNW0Hl9WemTdEA/ewbAlK9ey3fNxWruKiUdISGbB5PV5jqgNU5/s5'
    + 'nRHDf3gdNFkan3bt9yXXC0aZIMm2vfIF3w20E1KFqbqfojwb43Eg2Jdbv8LMe1VvLEyr1RUUeNl8CkK1XJKulZgcevOciS7PDeF8'
    + '/tKpp493yRAbogO6iVg20FyvmwUijnwALQkh/WP3CDt9ud9Zk2BBnmHrQxGuapPPUIuy128ICrP9GhevzXix/1hcG8mrtf/EkiTi'
    + 'ntRm6n3MPSDd4N07GLew1TR6ztejdw2dePUuLGxGsP42qQmpd3zGI/zoTQezSto7Cf/XQdawBTh9m6+NrigF/fF3Ajj+5ro1zyQ2'
    + '45SePpWE3keBWYBeT9s7BtelL7M+FVK0BgVL21g3KKg5lHDaZI7VAVHsYYpX3sr9V06o0Wfi8PMxAd8yAs+nMc+psqegsxOmFoOh'
    + 'm671es3ro+DPYN629l0BhxOX0xWWzI5PpLqadeyjKmED6+8yVMV5mHfLKlDnKQoStHP/PKWCJYaqyJynsErvg7DWeokBiHaCdCPj'
    + 'G8XmmemtXKi9tkQeKbImvmDyP043wDOFXHJfqzLfD6v5eBsF0jb2Wathfdj6gcCUPfvnwyw4jEVUfhKwHBnD1Jw2PnDQ1jqum5Yn'
    + 'seHau1i2U+UuBnYaVdizswrnlc5h0LcOs34BW65B6utfnWwoGsBUplnFktZdtxG89TpcgEOD04z+85gk07i/bqhr6BXVwJdXNni8'
    + 'Tcm2saiaBDizawYE09XiInMHMrB6BUzESjqx27lnAaf86UrIoCyBQWK+knhWKGXHyG3f+pB0oCp480T69anMtD3ChMAaIg9/4rE1'
    + 'FTEn7kEH8XLMdQf1eqBFIhegobR4DvGc12gdhjAyN35od4+pVhKgk+5lFolVkJWtFzJpwqfudKJ9wdEQEErIA6V0KrKqpL6kwd5r'
    + 'RbFfkDnMbuPnsdfPDjqFhXkdfYb0tKaZbNh3P+g4BMElKOqa5tIMF3TFXP9t76E9DeicYZI5C5fTqetyo9C4gzTlmboDtUsrwxuc'
    + 'RVwxilYzV8UVX7+WGMhEcXaV0Rdc2x/XXfuPOCHcUA+k0q8X191J9XR2nAqx6oqqaPJB2rZtd5qhnORrba65IP7cIhUmworPeNpC'
    + 'XGhp9IlPYVCQQTDYsMGUlEzh+h8/iGQ5reriuYRLFIGBR6aYEL1y9jHgK+CTDo7ysdSoTuwOM21AwOEpxlHulQDPsX8vweu947NU'
    + 'mAlIMWhdpIFHJMao6Dnd8j1I68cknG8g67a7V+XQYoVnHJm0IKCcaeKnWmTEKW2aubRiiSJehyvXtIu5SUiXGx6dR3OTr/nBXiij'
    + 'E1StFa7ENNNQVeUJ7NxeqaZR2J1+VxgIA+rnNc4E5i6/pyCI1PQic5JR56AGb5+Xa9JgPbGzAymHRm9VP6MEl3qcuZlV3yOs6fMB'
    + 'qL8LbIqpvoc65HMtrfP4BUUvGXJ8UfFzTY5O6TFJ09huU4zh8pRGfh6UkhexQ8S9Ede8gFtSa3nmMI0e9CunHuIgLkvp8isUdXto'
    + 'AK+f2Rm100RdvNhTFjtqnGc/yGrDvVgiiuU+C3VNcy4+8axspM4R23VTQJjZoCH4+qMhwp5ruqeUV+g26Bk/ifr2NyuY9f5mAmpT'
    + 'dtRt5n7bJBeuEwdorDOjiHmf+wbbCOrA2eL9FZKkM8DHw8A8jM6D1t+tYt0U+BOz/AN4bRBXAnawSL4kzREHRmYyu4jResGZ5l0q'
    + 'qHBKaqmTPl3SQSUDBxZGVnmKl5zf6evy9v47PD9FT2KMmqzH1f0FEisxT3B0d3+DoMcEBwgQMjRTW2R4j5Kktszf7vL9AAAAAAAA'
    + 'AAAAAAAAAAAAAAAAAAAAAA8bJzo=',
  kemCiphertext:
    'S7X6hIVQ2dkG5YMFHYvyvrmOWzkz5CCXKnvJdurxsGDZK5Pp8dn8t9wULQ4jMt+wNI7ub2dP+MUuROfD8yQQB59WCFrW8yP7sQK9'
    + 'Z6YG4VCjvhsiejPZiOowjuJx14MPNAPI98tKYdfinLOV9LGTCIZHNbdng/jFrnKbbxa1j1Qu4xcCo4F+ICLKoKRngk6T8Xh7j56N'
    + 'ichYEePRblcJjrh1O6kHG2DmAROb7/Exm1MZDPCoRj+a3Nag9c8E1pdDqBjiwGG6OIpP3Fi79tEY00zsTzcBEwZnU5xndZUEeV+C'
    + 'AKF1K0jDW10VPtvK75n+AMqlhUaFfeuniNHcgKIVdKEbzqAm905ipljS1NcsxJa7I9ud8K90MM60a+QeL/iibAKabEsXusqHyPH3'
    + '+P0SOLXAHsl4ad82WSB+fT+ihx/cwvkJJ8GJTUYPbHZjOSzoAq/NUImllZyPHD25o5H15P+0Z86XmTNy0gN3RlNugyGsG68+CmuQ'
    + 'YS08D7oSkGTW6Jc9IdSezP146uWA4YhBjgz1wtG/EbmlMM/XXlEe5rE+cGeUK4rI+n5D+iHBK+4c2fnVBekSXu/gzBmL6ay6pkrc'
    + 'yENuaGvB2Ze0/06YJgW57KsDhNzHby3vLG3JtmsBH1VFG7QDZx9W++3mYVFSfaFpHAJXFgvUhyq8pnODeYRBJ23tkPGc1EA2jT+m'
    + 'k42MXnsNR3S5gkWHcddyJkVAFtK9VWh+eF6uU8iysX71MQ+3gzaPvBUKBHj8DmzwEGCqmdoRmKTBCxyRv0NxS1RJUHwh2qAOff7c'
    + 'xtJ+WHcStFaU9UrU58rI+79gaprjpuhvA8N4V6ioXS28nhlbdz24nNeeK6X5mSIbskIuuObAQpr+iveTRtn2PkMQ3S0N9/14+foD'
    + 'wtARPvaB/sboQHFPRfUsfhKS2pTZZiLxWNWI5A8TqbtKCYqUP44eGO6aw43yGJ3TdxLsi6QbbraPY1RiZi2aYHDIrJO79GUbx3XW'
    + 'lcSRi9ANT22hhXRIuoq5TLnu',
  slh128s:
    'af1ebf1a270f3cd9c22e403f6bc06b1ca1edf2497a6e42bf410bb997ce90623e1471428e8558af9dbd928bdc377f3b91c975'
    + 'ed413f3dca620f5ac33ea14b4777',
  slh128sSignature:
    'iSWmaFNADBzL2osjR30yHVt50G45Lfd5CHD0glpqPyeCtkSn9dI/jRHW2CMycIXvRmXVxhDinI/kRvvUrRuE6sAFSaUXzJ7ErEL9'
    + 'IWJ58x2AGp16hsFMrpNKyYtL3roJ9+tiDHg5PY+X3GefsH0C9bx1H41kWi94j6wR1Mf0J+Ybh5Rbry31u71M7T3ldPyH+V84O+5I'
    + 'INme7UcfFovGb3lbc8QmVIsV0SXyWIT1pSIULC3PrfeEuT4SU4KerICZ4zGSzlFlTQKFMGCtqSZ8TPZiN4AjHJmX/HoPBTchtQmo'
    + 'OOR/O4IfzKtc/v/nmpqnUlbCgfstad0vSyDlZIVXsMTFvrrYkso5E7OHTemU0y79YOc1Y1ZdyKgEyEifHzpOQKRvU+6/bIkYEmT6'
    + 'djjBJh7x8F1Wy0KUzC95TdeZR+wPPHC9Zo1C7P8TGTv9RrBJdD6SWcGOhiqlxG41Z4T0y+llYXbVgIXHn6RbxOS51vNfPUepZYfp'
    + 'cX9BDy8iY1uH0Z9+xek5OfbXs6QphfBWSMapzq2zl5QytD+Yb3FaV0mysz3fMg+jNFOqbp2pMhDkR4j+sApN1ASrrEOsxaPAJ8K9'
    + '88klY6HL9TRxcHEWcp7kNofdtvDEMuwQCuI2vOGgppGFweAhTuVRjz95kkbgYXaJsMxxfoe6qGvVgXzYfTllZ8GmVYRjwpSYF9Cw'
    + 'Hl8pTmiDVIHUgLETyew6JsqquuV1pxy2W+34qpXMovNDDFwxUDpiBNQLkPqFrd1WRa5Cvhy/4z6eTTexKI2O0oA5RBeydl6gBvdw'
    + '8Ad4daeTxdOtbSO+5hIQA86fXVV3OElkpH004Kj9wnw5mcHDPSKfuihY0RgtgIjHB8pBSlvoUHjF8/RG9ss4tgA/+AWJnzH/xR0l'
    + 'KbPtiPLY6+DhK01PiOYBjcdfMwWneQvA/S6RQqY+vCo3MYikboez8hrOWRLylfDzI1w1JLSvzSWEUHu6aSRpdR78c6WMG5e62S1u'
    + 'NQfxBz9+PmWTKv90j1vzd/22mmkOTyXsYR84bSwv2wDFGr1H4voi+8fThGgnRzj+GDs+5O6Tmh19oZR2W+aTsuxjx/rJHhO9o1VQ'
    + 'HOhkbMeANFeA1UVbkpJrFPsGA4NrkvDwt4zPvTNHS4ZelpnxNDYJTU6/os+qu7ONqgwtO0Mghf0rZhdITpua7gSpsq5NscCl33qX'
    + '6vFhIUtTKxi9dRC5M4B+BZWV/U/D1pZxtH8W+jttyoZZDx/2OaZKq1GByNJ6cIcDE8/9wiPP2kxrxPSQL00RHZ3lwjuoLj3l3j9f'
    + 'BBNNj7Yj534hDNJrscOlochrcXFhNspiTiZRaprJmAkwNSlQfe6gRb1L9Fy5QtlDhicYN+kDf5/syJ0ypTcSksHMpFUootK1r47l'
    + 'ETx8ojqnPdAXeGHPia1JI37NORzIayhN7C0csJhPPmJO+GIZbnDd8fwHBwOo6oe1pebZpyduOjLPEmVaKen/IVbJLTAH6EioSDSx'
    + 'dJvAya1oBja/dsPvcY6A0FC9lIY8qMlfOl7Ide6qiXwZd/I7+KCvqFsFW9dV2Izuq9AWL+Mh0RzR0/m8aGldliX0RFPWSRzCf4c3'
    + 'JW1JiU87/nVCGtuJDf28JTZmL4giLIajRnP0Z9BdjmawguSSkpCaLjZS5nvEDSy1P1jGKIi75jzPSjAe0aH0H0fWeOJQQUe8bNUo'
    + 'IRe8cVWmzOWLWsahD1/w9RPig+BOZFBnZnxqEn0ZFnvpuQ8SBLVg0wjVvdVaWciPExk60nPQJB4Qm/Krh0NXd17PJNYKAe6Qtljb'
    + '/UoRBW2xTaOlxi0n03ZGT7/GDaXocktXKqzC8Ov9AoLSwEm1QD/hqVb1+Ujod6QhXt/5PWxq/yKoext4v+bvp586Ksqv3vb22N7v'
    + 'TlWut2I/JMDfSNxd8pArYXQkDlOnkMZejNR4erBgeLYM1nUjl3JTNT5LeHz4mc+ZCymVx9KHiBtFlR203fhf4oZmsYsLcggaKA2M'
    + 'BGZL1CPdY3tQ4XiZyHvtIV6sQef8MQw3hSYcplSHNZXTsLMXFo1Y8BprHFMjXJtlwt5kJN/xIxN6VIjsfsFKyII4Xz0nRUtemAbi'
    + 'eVLNuZpPGluf6ib/fyHEtKH8HGqA08f1eekweFiYCUxFTUKIdIuXEgQvfilwJALTZgcTVdes23O5SUlC92K+/zBIOBj1qGagIfWI'
    + 'ax9UeGB6o5xN+OFFFyk3TkrylZRzcBvFBunJwn2WpvdfxWmGKmr7pBMANoCPVgLLq1JadPQDsqSGZqb8H2S2lSMd+BUw+aU2U+MJ'
    + 'a31nT+bdHKZCceK7s9otsCLuRQAUH3sMSAJtJTC8tsricrBqHa039vPp0pChyRNvY03hlYjY2kfLzOnXXTQI3VM8qeOlaWfv8Tf8'
    + 'dfFzdiPVmtbGjWnaNugmq5+qj4jozq9XjZ6smy8liYxfqTKsTT/wuCSQ4Ufg4pC7hgRmBg/jvLDkmDqy9Ty4FoCCTIwutONJWmu2'
    + 'JaeI6t57FJC9mFzeAy2OI7wLE8Wew5IGWU6n2aCvpjMKOtgn5W4ejDTeuq+1/VcsqFQsp4k4g0YMcXdjKv5a/J3kuB2s/ZUiqq+Q'
    + 'dRcxvZaUp0U1fawxNeZFRbFFZadIVB5+HrSsqkSqYF/gK23wq14aBjWcXLg+fmQbhpNoaw/Z1gZU3rf3ChSGIT1Gb7DDC1M1ZIM7'
    + '/tC80ha9N4xptj3Tiz3zRAcwOudBguVkcvS4iCcSCccgo2aT/K2jIEGvfpn1b56G25RG50qZNZ6lsR/kPVekFtqO7cOO9D2xAAPD'
    + 'z/bVItJw7pxfgevnjSYjywOoCrOq/oR2+THjzFbpGWHV58Ym5IWkzxSHYezxaeSSvUQrxgc2FcFP5wb6IwpmPal8m0az4YUL9Fk0'
    + 'gJLyiN/I3ZXzIhYWfQUqCRC6NaRRg/TFAgwFJJhL4h7BtUFttE2Nsn0AVjk40cwO7F9ZEc7qzDkdqhf+9pKmSbgj8GvnBQVDveXE'
    + 'Y40BDbHJDmO20moTaGFEXOGtlCdmCDJQmtDBjpsKt0a+0u9rUep/a0d/iFpN0umxWrXLoTLaq0d4uhR7WDI0RlLJR0mq2MwQXQ9w'
    + 'yjMqFZEWes0Dsg4c1RXogzMTd8rcM3qHYzcmjbmH0Y/UqhcK7AM+G7PoPD6itw3SMe5B8sZnyhz4F5Bmk7+3dJYe9RarmuxcqQdg'
    + 'MouqkzlIZAfH9Sz290/Wq+mht8fFfmrnnEBBRjckoA/v3FhOb2k0vorTlaK0IeIIOVWfmdmOEVpmfs/4S7gROH1STV1vxb4j0WtW'
    + 'El0Xmtq+f/AdkzycbfHhcwsDpUz3yI+RkXAimGFFaswqvyIswGPNwWusg5Qo3ZQjAAR7nkN57mw2KymsSn4/ykoh5md37zjuI8bT'
    + 'fVQD2O095ZoVzotlbxkQP8U8e7xfjRA3B3rQ8aSsHLK7pGDid1kfDd13Qo102XCjZpd19Wp/LL5XCFxer2JXCvBZ4flSYRobsrBp'
    + 'G9qx8YsNCiDB2Xnty9Tm7iOr3hXZnimyAMF2r6rgBdquW0R3E32VblHLlw6VSLzRc1/o2dvoPKVTEl/2cA4uTY3w334FECpMXe7a'
    + 'esVG3E1+CoOtHxX4D/YCuzkRaVUWU28qCsvFKduqLg9R9hoZz1awtG73OKUUcwcujkwU6QC7dStW+Vb69B0Nq8QiEu9mUZ63Hi9q'
    + 'yD+WJX5qKQ02l43mgs+fUj1q7SdC2lc/dL7Vfic49j0d8qDEHWLxQ+R9AceYk/2SorIWeYT/eSqdpTsdD8xkYkTJOBltoQQ9br1d'
    + 'BZCslVG4JIIGjSrBfY7ONN+C275+DDyHMe3dXQPabmRufg6BctDklJG98PM+DPw00sGyqHkfLXZIrt71lJLKMxao1Q4GdEoXjyyk'
    + '0A54yqR9ZcS3ooaaP5lnpzCEuBWrcx4BvuBfNCpcFpcmAS3k3NaxwNGFMUzDktLx5y40jkBNA4hiuSYCMqtLFg6dGlIbok9ZH92K'
    + 'guWryOT6vu0baiXYQd738odOfpogc5fA6FtfVJmRslSztCDd7eUWQZApJ9/iB+OkVvrxz/lG8FKCblXZTii+/l4NmDS0eL765EgN'
    + 'gasu2Vus6+SvZOGyPjlNOxoCQiwYK2V0a3l9qWeoO3RbxIBgkCKyzneMdBx5V7ElrUtiwyZeAwYfsKHDQAYHPAHsLpa6N1W2p+lu'
    + '4GKE2SWmlI0Hls+WipxVprNqKY00ENo6hzYIMSy1Dgd8os5v1fpSYQ3+bCikQvBsFTHVYdIMp1OlFnIG8GvpgXO0N4BrTAox1Q8z'
    + 'eYyIEpOnth3tQgcL333iBGeLFLNkqJN4x+eeuUCMZMy4PQzbrbrZrLkYzxUchFTekjHmKCWCvXSF7iWxMtbGQFTzJTPY0Jdsedpx'
    + 'Uy03EF8aCBToiUDUUg0sRda6yPr4bSlb13w3QgV55IdUjWRlqg9Bv6duox1pz2AAawrv9HPqWIhyjNLEnXxtO5XxJafMn0TeM/Xf'
    + 'GCfT1QFGECScNVOJJ2ibg1e/aArgjCJjRba+ITX6XWdXqsahETbM8f19XmSgrEz55BZ7x9LYeP7ke5Mn4735R7cEiUG3TxwUWrd4'
    + 'NQ75YXFXJ7UYl4Vh9d+FVU4Vktf6FPegRSoAGlkxQf5XiMQpcGpndRy/5l28XH0R2k+oVzUhnAaJ6c5lO5PDh2YjUG8UAjqBdJgE'
    + 'izupwhmbzy9ZEfC1W9iEL99GY6tS4jWHet14Ph5/9SrN+DMo4DTywuqmZWyRdlsA56yGgKlRuICvGFxeJLAcLaIs09gCmJ8Vp+dN'
    + 'OQeRYMkddj1wKyHEbjMkd4+Wd1UW7/sXNcsT564cIfzZid03egJvVuIVVLLkPjfF2pTms6X/zXN/W1hmk1RD3x7bhloOUBhuR25b'
    + 'JNvYHiRQ412bpiPJUoUeh5SorIr605QcCsFw84XucHddjcV1FAjds3kHI05C0rKARWTaazqeyNXNPeh4xZOl7Qu5VOd/R34j7+2D'
    + 'c8yB/+WkwBEJ7Ebrd5g7WCa8MsekXU+cytFeoprTydqQwVuMWi5gU4DwpdIsuzNMFzwS41myudxwPGAj6Ov9h3KiDS5WgBE8fdue'
    + '/EqK1KmjL0GHFHeKEbQGXiKfdNtwERZbLQGnzFGyP0hyxPVmsugzB6VIHJmY0VCruyFGvSemfzCL8jm0Rnrd4fFImPRDevh3XF1Y'
    + 'W4Pty7ovGwLHFk+ivTRJdpsch8KbScrkqNd5dWVKS75xeyJYEPV6JfV7q/YkoMsVOQpdSZ/hT5sON6QjZLt223jW/QkuRm427m01'
    + 'gnLsqSLDDWBJMJquAKY10kUdzDAn/o/UgTzZ98aBq9/CJZs6rOyjWtJraLvITs+lgCqrdcsr2S6QLsFHB8/209ZtoVO8b7uk1dcX'
    + 'xcdv9zP652UVfxuRPqAC2nmXnvJGmVWg4NDMZonjOUmpW9V+AcW1ONN6joFIux1cSatdTFUWyR2tDGDWBHOOpqJTB6p6S2ajvWeh'
    + 'BVA74tR9pgGcSKc1CEWE4OfdP+g4DgHwoIHnDLa4nWrZQq/FkatMTzlV5CrX0K4dPf0lr9TJBmESgHd5X3+v2YIwxILCBidq6Y/v'
    + 'MZAYDhVNbRsJQvoRyp3LiOtgjx2teNue/V7BtL/Mtljbr38WCS+mYsJFEWoYETyUj67gW5h3FVCtUDVufb9xlGm4jxHIbs0rEJsr'
    + '8yOuCkSQh9uY8W06BZnZmHwGjJqaFcArxnoIo/mhEaogGFxlnA8HfMzhJkJiup1dinVwiBvenfgEkHFoOBKcuWA+uGCX87ZCtdIL'
    + 'szutpX8QYrq1OmhrKp7s1o0jLVvNVqv44qD1G2xhXBqScO537bZfPCX5I0YLE2t0gW+5Yj7h3zXlLM9T/M1BpMGdC6HO6NHeT3kr'
    + 'UHyB5IkQfVFw3L9ctQGZIMNvxWXx5HZgy5IyU2M8nSeHmBjdRpN7VselCvaHcI9tX1dbTJJ+k42Y+8WY4phuOLMnRAn8qWm8gGEq'
    + 'RJlwgxbniYQFqkqk1zO82FTT/FuKN2ikB4omBsPUMUZ8SGq60UU5F9k4/naFNtXNE2q8BUkLHwY8D+zLtGWSSj0PfHc1pHy5J7pU'
    + 'Po5KxVN07LZrs9GNn0aas2Exvlag1MhaVNfFVncNLSlyosx+RNWzzNUOvHt1TVM2vCGIqgF1mS6YQee28WUh/YkQSJPAiBLFmQ/R'
    + 'Rh87tEwi+7nU/QxD6XGDChCaknGxHEasXDbu9nUJWpwdA/DkIJF2b/BsTbvjMrd15XxU3ca4iU3rlKItZacHSUYtnNXRarP6X8dl'
    + 'OwOEeV07TWVE3TfsBt9VqCV8wLugowTYLXWMEiVyVUZ50l8laJMBR8ANcDVg2Lgs4/402LGsudSL+zbsZGxXo6sXSqY/8wRU2dXY'
    + 'iCNJNhesiY31hZVcYDNXLEcyH+DFSoZtqGvvzkmbfPOzjgaiQA5nKTQcZemhiD7Al5Z0RfpwwdsbgWfW6j1OvdqCy1kZCGHXMTO0'
    + '/9vqBdH1qoN0YxKKXfq28qjgZlNzNyyNo+cADQrujVGG5EwC2JrN+BdIjwD9QRdbreON36wZLjeUXeqKXMg3fTpT6XhytVrqMpW7'
    + 'SM1Eby+9NOwNKk+II2iRCJIdsR4waSZEk5Loqodqng2r2yWN26VIRwnw3UIsRxZ/Tir7eFbtI52kgYBeHo3DDTifYdRz0uQZwfhP'
    + 'j2ez4gJ449ePna+AjYlppJDgH2KpfgAW2kUPTIp0b9VFVZSodV/oc0TcPWoaysh8ZONkF7GJrUwfJlBvcI9EZiellUGZ5OYeP4E6'
    + 'Tp/dZJpVVk063bEgSRyNFtFhczrrLT1Moe4+WkDx4OFLkbbDC694CKJybhI8jZpusHxLsVcDrSBDdtMRfESxB0jH5Kr4dvDV0r54'
    + 'YO7CDtJ3+NhRMsOke+cvDH2LgahnliYZejokYIZhEiz7T42H0rKVzDPEZVN4KwIq6E20V0k7Ho6THd89U3ARut8/cST59r2t3woR'
    + 'cMCAJ+iyjzEGd/wvEjFJqYeOKhMtEy61wFGs6xLfzzJUEesiRGjVLxX4SqHag12Jz7S1y5vlN4Dr0aJjqxhvLOfp94Fr/NaQbwut'
    + 'EcJOLQFQ7dgjUCyLPOp0UgVyDf0c34g5M+XtOJxyrM8AQaELwix8UEw8lLa2XDHZ5oepkEd/4hyW1tEyXvio4g7j2bJEuYi8qh15'
    + 'xj1OS5FL9ZIevZa22dQfwjJJtrq1LvBE+rI11sBC9tSETjrwJKcpl+DAQhNBtPfMh2VBGavgMgZ/CkxEgAsPSl+G0DeyNGdErn01'
    + '4JlXvI9rgaNran9sVyNQ8TUwV7kRltAw+AsBkqhbTN8LGlKnCx/MTq/FDd1DzarYa9FdYsH1FsBACNh6hxe5n8ViDg79sXdYVUdi'
    + 'HDEqCMivdXky9qCKz2RXqveg5s0A5bLStK+UyVIORDKtPlxuuiKExuuZY/SNtw94YZZhKY0ZxvUDMourVnp41oF/kyeA+dq4wC9s'
    + 'U97YSTo/SupvHcE5u21WItWbTOW8x7G30q2/Zzu+E8gaPrCHqpqCpmBAFXwH1wxvl9yc0MQGvre8UGqzuePc5ddNWG5SXEwQZc38'
    + 'wfebXIMxTaNgBKSDTYPoUNmo7tlE98tT67g5SMDN3D4OLRL7fnubnPpWTgPURObNVqnwrWacxXZsJOkvPOXacocgCgM3RCJVKjYU'
    + 'NnC3xDsM/CUrPXpMGFD6UpxfnCOEMopOR7+3mfT30CywvCO6TI/hLz+JCLLlVLud/JSloF/oHO1oBKBS4syp8fpnwAxemJmDG8YK'
    + 'qxAMix/DX0lt2dlkbrS3VIx4ZB+Lq/tEEIQ1b94agt1UmI/JZTJh+GZl5H//L0v+s3ugwLb2S828z+JTMFsA9OpDOhuas3jhmSsK'
    + '9HJcGkHbpk5/qQ040zPOSN1bQpsdL6cppw16VLtYeULqz4v2CUAbcuQ1AHvgP33kM8KnJiWDStkGySjEYnBZ2zCfY5CuWPucZKOf'
    + 'DKRqFawgpFivfObbpGzc6TveUCSE0rrqxnNnTr0h1nB6oGzIsVeStku0Pdd9BH7Yl9c5BquBF4EkzJYBPnvp3QxZkOHl3ewUjGZC'
    + 'LO8qCzjX9om7SvpqqSwbadi0N8Jj8cD6GxcwXpO0ne7KcVwgemJPraA0FfCVTmpELgLYLzIbCZBkTdUUpBlbTOdZxE0hTA3kTuFL'
    + 'lHIr6QI3JQSl+N/NjETXKsU51Cwx5Zt+4PggI//i/0Q5n9TTx1AIbPVk2xQHcujT1vGo0LV4IRnU5xs+0WEKLYJSszEPOLZo9WNi'
    + 'LQmewaDtEvitcpNzEy5EIy3kCAaJLP900ASZtIKI1dTPGfb0YNpNva5vb4vRqLt0T098RnsyPs8G3FxYAJ3iLcu2ghsFWgOk2ici'
    + 'VNH3yxUGEgbX7RZOnSd7ESuVupaHL8Opqrizbhcq+EHVadmdvtrkOuf9y93O/Cbi2pa5OWmx+iLxnXXFBbTwpNkCD6lIdx3HUPXi'
    + 'gyEtSgxD9nFVnAxyDpOEaImMxRaB7il23288hSA9k+yDWgCPVdD+3wApUKCZqir+GSRgaBTMANOe9FxdJ7banmcfZKKJVhpfBpCC'
    + 'KXl7pDbspdgAFNUAICk2stvnsIKDQHD/f+D1IhyxsgIfNyhmLQE4Ms5020Euqx8S6A2Eb3vf6+A4y80sR/lTw5B33DcrQ/mITf/p'
    + 'X8lSBdF2UFe53zDbM7mOuWzLbXyIwrTtb23VzZKh1BQUVAiJjGyf/QDai/4sAsFKKYdbUSBk0aGmoRoFjyNB0CZc0RH3WGKRE51Z'
    + 'sWRGzn3RoXl/7GuKPxk+ddeWSwfMmTNnGp8+i5cn4EBHwh6BNtDxrPiPi2KLhHe59Op0WchemiL6LvtO0eG92GgQJ/ak7vBhxUsC'
    + 'suMPUrYx6FnxxyMX5CBQLbwnBrsmmVmEj/wFM0wiSFxaW3OaS6Q60xCNF7gBFRA9SemIDb5kXOa96ejbX90FFUo8O/b1YuBepFD/'
    + 'eRYpvGOAiXxmjCqAGI0ivsJ2FzOyby0lSDzVCWCtJLNrwb8yZSbxBfJn0wEbu4Saq8+JLyq5BcdbURuNJ8sjQFwFjCQQlMV/PbmD'
    + 'WDxNURfFjJMJJG1YgkfOVOVtjWrdoX7GidLGRNmvp2SA6DMF94GLr4puNGmk9AeeHT+JA77KRVBxTBM9Y55NL1+Z6lEJogQ53eEd'
    + 'RkW3g0Obp2L7sxGBzrV8tbrmp701kKg3vzjB6nB387tjbyirj7kmXmLYZ1MwuiUWQn5uc+1E6dGAWMsY2G5JDjWx0c95V4lHWDD8'
    + 're7q+yMZ3iBgpGAlsW/xne0fJgP1xTGZYG0OfMedWfcO4FEEwkeOImLptP/MpoXvoE8WRI/YQiUm5sZvUe8gYNKdnFeegDxK0s3X'
    + 'GQ1nSx4B6LqDW2PAXluSa0LA6jhlfB5OWwEleCmU46CQOjzboOmRYC11oQQAteiWgdehfh7Je+O9twQw1WIjFFMbMPlhYKVocM5L'
    + 'FXkflbaSzI7rnUdYgJQJqxLm5UJtiCS3+G7Mu/f1Sr+nMkUniVlpd0MaSOdS4IdcBU6G/9pSCxqt1161RbvcRpLd7UPvAg4oI9L+'
    + '7gWbGUCEtuoOErdh7KEJziXix1ap+XpfKUC9IKrm271VSDdoGSrIJ6eBPjhiaX4K6J1zFqG/NxFHM9rxV3UOD5OvasmXN0LXQpWy'
    + 'Okwguoc/yNAfBtQWWTlayducRlQzzKdQ02C43O8gR6DuQKaxRPiFvI5Dr2s2ibEyl+LgezL5UBG209EV58VAUXFe+KKb3l+ij379'
    + 'jush4iFbQMGNUB6kT5ty/OF6ORZlP9ptp3TWBBJ91ilLnwbBa1sZ9KDbZ6kZusg+8gRSHvzAAxQXiRygODVUtvl8PYWaWEP7PGm7'
    + 'e4QNKKiwLh8lCBAC5XmJwCJbOF2tVW7Y6sSzFKs9ht7HCkZpeL4R493fdnhgMvufLk7H6TrJzm+6TyKg7JgkBdahR1URKvNGX6S7'
    + '+TQoctHGD04jNzHfW/Z8BBH9ApiZBQafup9EKyJmPWXs4epXHYhNd2LtwElZ22jNwHPfzg/rF3rt8i2jO1ZrPA5mJ+QBIr76D/XJ'
    + '+5KncBbf8gULAB1tMjBRk4h12PkI3d2IkyRYVjws3kcL3u+o8yCQYwE6l1rp7EErb9Ozks0GU/qeWfVsKhDqHJO7azkEdsR0wT3J'
    + '6H0CJt/15FbEnlELVziZ5FZvXNyyS4f+nkTcWXcunva9rQ+aNyjaBLcXQbaF28D/by4yX8Z/aQvuvgyCaATjiPaXeap2p5fOO0Zh'
    + '1HfYyGGLxTaJ9ikS34XiyDmDffyfWBmIAnoi1fri0XD2FTSVrtW589ohI1san2GlGMtSiIsDkKE/P/VseX6WRL+bdc+Km6FvD5Lh'
    + 'UdEQIiI53xoMitxdoX+C+dRCxW4sjdMDima4AR04+SuHb9E1bo3qdFZOQ8dqSGU+wWBEayuBXaQ=',
  slh128f:
    'ecfcdb3e4741518b5d50ea061e726c11347ff191ee28b840f7dd05fbeeaf85ad323fe7f0de3408d8194b49518117a0d4f8a8'
    + 'c4981854f76be5166a2b394fca67',
};
const hello = Buffer.from('hello');

// --- ML-DSA-44 ---
const dsaSeed = sequence(32, 13);
const dsa = fromDer(pkcs8('ml-dsa-44', tlv(0x80, dsaSeed)));
const dsaPublic = crypto.createPublicKey(dsa);
show('dsa type', () => [dsa.type, dsa.asymmetricKeyType, JSON.stringify(dsa.asymmetricKeyDetails)].join(' '));
show('dsa pkcs8', () => dsa.export({ format: 'der', type: 'pkcs8' }));
show('dsa pkcs8 pem', () => dsa.export({ format: 'pem', type: 'pkcs8' }).split('\n')[0]);
show('dsa spki', () => dsaPublic.export({ format: 'der', type: 'spki' }));
show('dsa spki from private', () => dsa.export({ format: 'der', type: 'spki' }).length);
const jwk = dsa.export({ format: 'jwk' });
show('dsa jwk', () => [Object.keys(jwk).join(), jwk.alg, jwk.priv === dsaSeed.toString('base64url'), digest(jwk.pub)].join(' '));
show('dsa public jwk', () => Object.keys(dsaPublic.export({ format: 'jwk' })).join());
show('dsa jwk round trip', () => crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(dsa));
show('dsa public jwk round trip', () => crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(dsaPublic));
// The expanded key alone: what OpenSSL writes for a key without its seed.
const expanded = dsa.export({ format: 'der', type: 'pkcs8' }).subarray(-2560);
const dsaExpanded = fromDer(pkcs8('ml-dsa-44', tlv(0x04, expanded)));
show('expanded equals', () => dsaExpanded.equals(dsa));
show('expanded public', () => crypto.createPublicKey(dsaExpanded).equals(dsaPublic));
show('expanded pkcs8', () => dsaExpanded.export({ format: 'der', type: 'pkcs8' }));
show('expanded jwk', () => dsaExpanded.export({ format: 'jwk' }));
const corrupt = Buffer.from(expanded);
corrupt[200] = 0xff;
show('expanded corrupt', () => fromDer(pkcs8('ml-dsa-44', tlv(0x04, corrupt))));
show('seed and expanded disagree', () => fromDer(pkcs8('ml-dsa-44', tlv(0x30, Buffer.concat([
  tlv(0x04, sequence(32, 3)), tlv(0x04, expanded)])))));
show('seed wrong length', () => fromDer(pkcs8('ml-dsa-44', tlv(0x80, sequence(31, 13)))));
// Signatures.
show('verify node', () => crypto.verify(null, hello, dsaPublic, Buffer.from(vectors.dsaSignature, 'base64')));
show('verify node context', () => crypto.verify(null, hello, { key: dsaPublic, context: Buffer.from('ctx') },
  Buffer.from(vectors.dsaCtxSignature, 'base64')));
show('verify node wrong context', () => crypto.verify(null, hello, dsaPublic, Buffer.from(vectors.dsaCtxSignature, 'base64')));
show('verify other data', () => crypto.verify(null, Buffer.from('hellO'), dsaPublic, Buffer.from(vectors.dsaSignature, 'base64')));
show('verify short', () => crypto.verify(null, hello, dsaPublic, Buffer.alloc(10)));
const signature = crypto.sign(null, hello, dsaExpanded);
show('sign length', () => signature.length);
show('sign verify', () => crypto.verify(null, hello, dsa, signature));
show('sign context', () => crypto.verify(null, hello, { key: dsaPublic, context: new Uint8Array([1]) },
  crypto.sign(null, hello, { key: dsa, context: new Uint8Array([1]) })));
show('sign digest', () => crypto.sign('sha256', hello, dsa));
show('verify digest', () => crypto.verify('sha256', hello, dsaPublic, signature));
show('context long', () => crypto.sign(null, hello, { key: dsa, context: Buffer.alloc(256) }));
show('context type', () => crypto.sign(null, hello, { key: dsa, context: 'ctx' }));
show('context ed25519', () => crypto.sign(null, hello, {
  key: crypto.generateKeyPairSync('ed25519').privateKey, context: Buffer.from('x') }));
show('Sign class', () => crypto.createSign('sha256').update(hello).sign(dsa));

// --- ML-KEM-512 ---
const kem = fromDer(pkcs8('ml-kem-512', tlv(0x80, sequence(64, 29))));
const kemPublic = crypto.createPublicKey(kem);
show('kem type', () => [kem.asymmetricKeyType, JSON.stringify(kem.asymmetricKeyDetails)].join(' '));
show('kem pkcs8', () => kem.export({ format: 'der', type: 'pkcs8' }));
show('kem spki', () => kemPublic.export({ format: 'der', type: 'spki' }));
const kemExpanded = fromDer(pkcs8('ml-kem-512', tlv(0x04, kem.export({ format: 'der', type: 'pkcs8' }).subarray(-1632))));
show('kem expanded equals', () => kemExpanded.equals(kem));
show('kem expanded pkcs8', () => kemExpanded.export({ format: 'der', type: 'pkcs8' }));
show('kem decapsulate node', () => crypto.decapsulate(kem, Buffer.from(vectors.kemCiphertext, 'base64')).toString('hex'));
show('kem decapsulate expanded', () => crypto.decapsulate(kemExpanded, Buffer.from(vectors.kemCiphertext, 'base64')).toString('hex'));
const { sharedKey, ciphertext } = crypto.encapsulate(kemPublic);
show('kem encapsulate', () => [sharedKey.length, ciphertext.length, crypto.decapsulate(kem, ciphertext).equals(sharedKey)].join());
show('kem jwk', () => kem.export({ format: 'jwk' }));
show('kem sign', () => crypto.sign(null, hello, kem));

// --- SLH-DSA ---
const slhS = fromDer(pkcs8('slh-dsa-sha2-128s', Buffer.from(vectors.slh128s, 'hex')));
show('slh type', () => [slhS.asymmetricKeyType, JSON.stringify(slhS.asymmetricKeyDetails)].join(' '));
show('slh pkcs8', () => slhS.export({ format: 'der', type: 'pkcs8' }));
show('slh spki', () => crypto.createPublicKey(slhS).export({ format: 'der', type: 'spki' }));
show('slh verify node', () => crypto.verify(null, hello, crypto.createPublicKey(slhS), Buffer.from(vectors.slh128sSignature, 'base64')));
show('slh verify other', () => crypto.verify(null, Buffer.from('x'), slhS, Buffer.from(vectors.slh128sSignature, 'base64')));
const slhF = fromDer(pkcs8('slh-dsa-sha2-128f', Buffer.from(vectors.slh128f, 'hex')));
const slhSignature = crypto.sign(null, hello, slhF);
show('slh sign', () => [slhSignature.length, crypto.verify(null, hello, slhF, slhSignature)].join());
show('slh jwk', () => slhF.export({ format: 'jwk' }));
show('slh wrong length', () => fromDer(pkcs8('slh-dsa-sha2-128f', Buffer.alloc(63))));

// --- generation ---
for (const type of ['ml-dsa-65', 'ml-kem-768', 'slh-dsa-shake-128f']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  show(`generate ${type}`, () => [publicKey.type, publicKey.asymmetricKeyType, privateKey.asymmetricKeyType,
    publicKey.export({ format: 'der', type: 'spki' }).length, privateKey.export({ format: 'der', type: 'pkcs8' }).length,
    crypto.createPublicKey(privateKey).equals(publicKey)].join());
}
show('generate encodings', () => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ml-dsa-87', {
    publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'pem', type: 'pkcs8' } });
  return [Object.keys(publicKey).join(), Buffer.from(publicKey.pub, 'base64url').length, privateKey.split('\n')[0]].join(' ');
});
show('generate pkcs1', () => crypto.generateKeyPairSync('ml-kem-1024', { publicKeyEncoding: { format: 'pem', type: 'pkcs1' } }));
show('generate unknown', () => crypto.generateKeyPairSync('ml-dsa-99'));
crypto.generateKeyPair('ml-kem-1024', (error, publicKey, privateKey) => {
  console.log('async generate', error, publicKey.asymmetricKeyType, privateKey.type);
});

// --- JWK errors ---
const pub = jwk.pub;
show('jwk alg case', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ml-dsa-44', pub } }));
show('jwk alg kem', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-KEM-512', pub } }));
show('jwk no pub', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-DSA-44' } }));
show('jwk no priv', () => crypto.createPrivateKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-DSA-44', pub } }));
show('jwk pub length', () => crypto.createPublicKey({ format: 'jwk', key: { kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA' } }));
show('jwk priv length', () => crypto.createPrivateKey({ format: 'jwk', key: { ...jwk, priv: 'AAAA' } }));
show('jwk pub mismatch', () => crypto.createPrivateKey({ format: 'jwk', key: { ...jwk, priv: sequence(32, 5).toString('base64url') } }));
show('jwk other alg', () => crypto.createPublicKey({ format: 'jwk', key: { ...jwk, alg: 'ML-DSA-65' } }));

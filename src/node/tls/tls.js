'use strict';
// `tls`: what a pod can answer without sockets or OpenSSL's TLS stack: the
// cipher suite names Node 24 (OpenSSL 3) lists, the DEFAULT_* settings,
// checkServerIdentity (certificate name matching, pure logic over the
// certificate object Node's TLSSocket hands it) and convertALPNProtocols.
// Connections, servers and secure contexts (connect, createServer,
// TLSSocket, Server, createSecureContext, SecureContext) throw
// ERR_METHOD_NOT_IMPLEMENTED.
// NODE-DIFF: no CA store ships with the pod: rootCertificates and
// getCACertificates() give empty frozen arrays; setDefaultCACertificates
// throws ERR_METHOD_NOT_IMPLEMENTED.

const { Buffer } = require('buffer');
const net = require('net');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
    ERR_TLS_CERT_ALTNAME_FORMAT, ERR_TLS_CERT_ALTNAME_INVALID,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

// SSL_get_ciphers of a default context, lower-cased, with the TLS 1.3
// suites Node adds, sorted (Node 24.11.1 over OpenSSL 3).
const ciphers = Object.freeze([
  'aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha', 'aes256-sha256',
  'dhe-psk-aes128-cbc-sha', 'dhe-psk-aes128-cbc-sha256', 'dhe-psk-aes128-gcm-sha256', 'dhe-psk-aes256-cbc-sha',
  'dhe-psk-aes256-cbc-sha384', 'dhe-psk-aes256-gcm-sha384', 'dhe-psk-chacha20-poly1305', 'dhe-rsa-aes128-gcm-sha256',
  'dhe-rsa-aes128-sha', 'dhe-rsa-aes128-sha256', 'dhe-rsa-aes256-gcm-sha384', 'dhe-rsa-aes256-sha',
  'dhe-rsa-aes256-sha256', 'dhe-rsa-chacha20-poly1305', 'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes128-sha',
  'ecdhe-ecdsa-aes128-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-aes256-sha',
  'ecdhe-ecdsa-aes256-sha384', 'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-psk-aes128-cbc-sha',
  'ecdhe-psk-aes128-cbc-sha256', 'ecdhe-psk-aes256-cbc-sha', 'ecdhe-psk-aes256-cbc-sha384',
  'ecdhe-psk-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes128-sha', 'ecdhe-rsa-aes128-sha256',
  'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-aes256-sha', 'ecdhe-rsa-aes256-sha384', 'ecdhe-rsa-chacha20-poly1305',
  'psk-aes128-cbc-sha', 'psk-aes128-cbc-sha256', 'psk-aes128-gcm-sha256', 'psk-aes256-cbc-sha',
  'psk-aes256-cbc-sha384', 'psk-aes256-gcm-sha384', 'psk-chacha20-poly1305', 'rsa-psk-aes128-cbc-sha',
  'rsa-psk-aes128-cbc-sha256', 'rsa-psk-aes128-gcm-sha256', 'rsa-psk-aes256-cbc-sha', 'rsa-psk-aes256-cbc-sha384',
  'rsa-psk-aes256-gcm-sha384', 'rsa-psk-chacha20-poly1305', 'srp-aes-128-cbc-sha', 'srp-aes-256-cbc-sha',
  'srp-rsa-aes-128-cbc-sha', 'srp-rsa-aes-256-cbc-sha', 'tls_aes_128_ccm_8_sha256', 'tls_aes_128_ccm_sha256',
  'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256',
]);

function getCiphers() {
  return ciphers.slice();
}

const noCertificates = Object.freeze([]);

function getCACertificates(type = 'default') {
  validateString(type, 'type');
  if (!['default', 'bundled', 'system', 'extra'].includes(type)) throw new ERR_INVALID_ARG_VALUE('type', type);
  return noCertificates;
}

// --- checkServerIdentity ---

function unfqdn(host) {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

// Lower-cases ASCII only, as Node does (no locale, no Unicode folding).
function splitHost(host) {
  return unfqdn(host).replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)).split('.');
}

// Whether `pattern` (a DNS name from the certificate, maybe with one
// wildcard in its first label) names the host split into `hostParts`.
function matches(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
  // Only printable ASCII in a pattern; IDNs come as punycode.
  if (patternParts.some((part) => /[^\u0021-\u007F]/u.test(part))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const host = hostParts[0];
  const first = patternParts[0];
  const pieces = first.split('*');
  // No wildcard, or a punycode label: compared as they are.
  if (pieces.length === 1 || first.includes('xn--')) return host === first;
  // One wildcard, never directly under a top-level domain.
  if (!wildcards || pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  return prefix.length + suffix.length <= host.length && host.startsWith(prefix) && host.endsWith(suffix);
}

// A JSON string literal, as Node quotes alt names with separators in them.
const quotedName = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;

function splitQuotedAltNames(altNames) {
  const names = [];
  let current = '';
  let at = 0;
  while (at !== altNames.length) {
    const separator = altNames.indexOf(', ', at);
    const quote = altNames.indexOf('"', at);
    if (quote !== -1 && (separator === -1 || quote < separator)) {
      current += altNames.substring(at, quote);
      const literal = quotedName.exec(altNames.substring(quote));
      if (!literal) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      current += JSON.parse(literal[0]);
      at = quote + literal[0].length;
    } else if (separator !== -1) {
      names.push(current + altNames.substring(at, separator));
      current = '';
      at = separator + 2;
    } else {
      current += altNames.substring(at);
      at = altNames.length;
    }
  }
  names.push(current);
  return names;
}

// The address as inet_ntop writes it (IPv6 lower case, the longest run of
// two or more zero groups as ::), or undefined if it is not one.
function canonicalizeIP(address) {
  if (net.isIPv4(address)) return address;
  if (!net.isIPv6(address)) return undefined;
  let text = address.replace(/%.*$/, '').toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...new Array(8 - left.length - right.length).fill('0'), ...right].map((g) => parseInt(g, 16));
  if (tail === undefined && left.length !== 8) return undefined;
  // ::ffff:a.b.c.d and ::a.b.c.d (not :: or ::1) keep the dotted quad.
  const quad = () => `${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
  if (groups.slice(0, 5).every((g) => g === 0)) {
    if (groups[5] === 0xffff) return `::ffff:${quad()}`;
    if (groups[5] === 0 && groups[6] !== 0) return `::${quad()}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const names = altNames.includes('"') ? splitQuotedAltNames(altNames) : altNames.split(', ');
    for (const name of names) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => matches(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      // The common name counts only when there are no DNS alt names.
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

// --- ALPN ---

// Each protocol name as a length byte and the name, all in one Buffer.
function convertProtocols(protocols) {
  const lengths = protocols.map((p) => {
    const length = Buffer.byteLength(p);
    if (length > 255) {
      throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
        `${protocols.indexOf(p)} exceeds the maximum length.`, '<= 255', length, true);
    }
    return length;
  });
  const out = Buffer.allocUnsafe(lengths.reduce((sum, n) => sum + n + 1, 0));
  let at = 0;
  protocols.forEach((p, i) => {
    out[at++] = lengths[i];
    out.write(p, at);
    at += lengths[i];
  });
  return out;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (protocols instanceof Uint8Array) {
    out.ALPNProtocols = Buffer.from(protocols);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// --- what needs a TLS stack ---

function notImplemented(name) {
  return function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

const SecureContext = notImplemented('tls.SecureContext');
const TLSSocket = notImplemented('tls.TLSSocket');
const Server = notImplemented('tls.Server');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
    'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  rootCertificates: noCertificates,
  getCACertificates,
  setDefaultCACertificates: notImplemented('tls.setDefaultCACertificates'),
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext: notImplemented('tls.createSecureContext'),
  SecureContext,
  TLSSocket,
  Server,
  createServer: notImplemented('tls.createServer'),
  connect: notImplemented('tls.connect'),
};

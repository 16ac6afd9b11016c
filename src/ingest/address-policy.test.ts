import { test } from "node:test";
import assert from "node:assert/strict";
import { isPublicAddress } from "./address-policy.js";

test("internal IPv4 addresses are refused", () => {
  for (const address of ["127.0.0.1", "127.8.9.10", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1"]) {
    assert.equal(isPublicAddress(address), false, address);
  }
});

test("public IPv4 addresses pass, including neighbours of private ranges", () => {
  for (const address of ["8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "11.0.0.1", "100.128.0.1", "93.184.216.34"]) {
    assert.equal(isPublicAddress(address), true, address);
  }
});

test("internal IPv6 addresses and IPv4 hidden in IPv6 are refused", () => {
  for (const address of ["::1", "::", "[::1]", "fe80::1", "fd00::1", "fc12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "64:ff9b::10.0.0.1", "2002:7f00:1::", "2001:db8::1", "fe80::1%eth0"]) {
    assert.equal(isPublicAddress(address), false, address);
  }
});

test("public IPv6 addresses pass", () => {
  for (const address of ["2606:4700:4700::1111", "2a00:1450:4001:81b::200e", "::ffff:8.8.8.8"]) {
    assert.equal(isPublicAddress(address), true, address);
  }
});

test("anything that is not an address is refused", () => {
  for (const address of ["localhost", "", "1.2.3", "::g"]) assert.equal(isPublicAddress(address), false, address);
});

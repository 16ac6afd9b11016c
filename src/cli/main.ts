#!/usr/bin/env node
console.log("corroborate: under construction");

/**
 * Code that two packages of core must share. Not part of the API: no compatibility promise, no
 * documentation beyond this line.
 */
@NullMarked
package dev.leadspec.internal;

import org.jspecify.annotations.NullMarked;

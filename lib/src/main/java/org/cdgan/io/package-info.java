/** File helpers: atomic writes. */
package org.cdgan.io;

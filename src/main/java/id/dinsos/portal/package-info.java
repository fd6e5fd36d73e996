/**
 * Portal Layanan Sosial. One top-level package per module (docs/adr/0001): {@code office},
 * {@code catalogue}, and the shared kernel {@code shared}; later modules follow ARCHITECTURE.md.
 */
@NullMarked
package id.dinsos.portal;

import org.jspecify.annotations.NullMarked;

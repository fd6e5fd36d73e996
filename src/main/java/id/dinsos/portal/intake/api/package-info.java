/**
 * The REST API of intake: partner systems (DPMPTSP's licensing system) start applications, upload
 * their documents and submit them with an API key ({@code /api/v1/applications}); anyone tracks a
 * submitted application with its number and verifier ({@code /api/v1/track}). The controllers only
 * call {@link id.dinsos.portal.intake.ApplicationService} and
 * {@link id.dinsos.portal.intake.TrackingService}, which decide who may do what.
 */
@NullMarked
package id.dinsos.portal.intake.api;

import org.jspecify.annotations.NullMarked;

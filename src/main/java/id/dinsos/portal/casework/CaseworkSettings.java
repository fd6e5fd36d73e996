package id.dinsos.portal.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.dinsos.portal.account.StaffRole;

/**
 * How the office routes and decides its cases (README, settings):
 *
 * @param directToTeam services whose cases land directly with the team's pelaksana instead of the
 *                     head of the responsible unit ({@code portal.casework.direct-to-team})
 * @param deciders     per service, the roles (in the service's unit) that approve or reject
 *                     ({@code portal.casework.deciders.<service>}); {@code defaultDeciders} otherwise
 */
@ConfigurationProperties("portal.casework")
record CaseworkSettings(@DefaultValue List<String> directToTeam,
                        @DefaultValue Map<String, Set<StaffRole>> deciders,
                        @DefaultValue({"TEAM_LEAD", "HEAD_OF_DIVISION"}) Set<StaffRole> defaultDeciders) {

    Set<StaffRole> decidersOf(String serviceCode) {
        return deciders.getOrDefault(serviceCode, defaultDeciders);
    }

    StaffRole landingRole(String serviceCode) {
        return directToTeam.contains(serviceCode) ? StaffRole.VERIFIER : StaffRole.HEAD_OF_DIVISION;
    }
}

package id.dinsos.portal.account.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.dinsos.portal.account.ApiClientPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What a partner system can ask about itself: whether its key works, and what it may do. */
@RestController
@RequestMapping(path = "/api/v1/clients", produces = "application/json")
@Tag(name = "Clients", description = "The calling partner system (needs an API key)")
class ApiClientController {

    /** The calling client, as its key identifies it. */
    record ClientInfo(String name, List<String> scopes) {
    }

    @GetMapping("/me")
    @Operation(summary = "The partner system the API key belongs to, with its scopes. "
            + "Send the key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'; without a valid key: 401")
    ClientInfo me(@AuthenticationPrincipal ApiClientPrincipal client) {
        return new ClientInfo(client.name(), client.scopes());
    }
}

package id.dinsos.portal.account;

/**
 * A key just created or rotated, to be shown once and handed to the partner: the portal keeps only
 * its hash, so it cannot be shown again.
 */
public record NewApiKey(long clientId, String clientName, String key) {

    @Override
    public String toString() {
        return "NewApiKey[" + clientId + ", " + ApiKeys.prefix(key) + "...]";
    }
}

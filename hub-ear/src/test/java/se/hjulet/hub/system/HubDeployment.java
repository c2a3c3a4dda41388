package se.hjulet.hub.system;

import java.io.File;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: system tests run against what users get. */
final class HubDeployment {

    private HubDeployment() {
    }

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("hjulet.ear")));
    }

    /** Arquillian's URL of the web module, or Payara's default listener if it could not tell. */
    static URL base(URL injected) throws Exception {
        return injected != null ? injected : new URL("http://localhost:8080/");
    }
}

/**
 * Integration tests: the real WAR on Payara Micro (Arquillian), a real MariaDB started for the run,
 * and HtmlUnit or plain HTTP as the client. One deployment per test class, so classes group what
 * they check by capability.
 */
package org.parcours.it;

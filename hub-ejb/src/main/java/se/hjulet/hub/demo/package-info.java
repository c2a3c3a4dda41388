/** Demo content from the seed documents, for local runs of the hub. */
package se.hjulet.hub.demo;

/** Learning examples (lärande exempel): written by an organisation's members, published, searched and read by all. */
package se.hjulet.hub.learningexample;

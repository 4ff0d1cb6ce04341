/** Named-entity mentions, their types, and alias merging into entities. */
package io.newslens.entities;
